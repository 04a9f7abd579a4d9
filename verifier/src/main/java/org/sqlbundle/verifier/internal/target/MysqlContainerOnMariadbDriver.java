package org.sqlbundle.verifier.internal.target;

import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * MySQLContainer, but reached with MariaDB Connector/J: Connector/J (GPL) is not a dependency, and the MariaDB
 * driver speaks the MySQL protocol, including caching_sha2_password when the server's public key may be fetched.
 * Testcontainers' start-up probe uses these two methods too, so the container starts without Connector/J.
 */
final class MysqlContainerOnMariadbDriver extends MySQLContainer {

    MysqlContainerOnMariadbDriver(DockerImageName image) {
        super(image);
    }

    @Override
    public String getDriverClassName() {
        return "org.mariadb.jdbc.Driver";
    }

    @Override
    public String getJdbcUrl() {
        String url = super.getJdbcUrl().replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
        return url + (url.contains("?") ? "&" : "?") + "allowPublicKeyRetrieval=true";
    }
}
