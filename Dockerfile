# The sqlbundle CLI on an official Java 17 runtime image, from the release archive the reactor builds:
#   mvn -B package -DskipTests && docker build -t sqlbundle .
#   docker run --rm -v "$PWD:/work" sqlbundle verify --dir db/revisions --target sqlite
# Container targets (postgresql, mariadb, mysql) need the host's Docker socket mounted; jdbc: targets need only the
# network. See docs/distribution.md.
FROM eclipse-temurin:17-jre

ARG VERSION=0.1.0
# ADD unpacks a local tar.gz: /opt/sqlbundle-VERSION/{bin,lib,docs,share}
ADD dist/target/sqlbundle-${VERSION}.tar.gz /opt/
RUN ln -s /opt/sqlbundle-${VERSION}/bin/sqlbundle /usr/local/bin/sqlbundle \
 && mkdir -p /etc/bash_completion.d \
 && ln -s /opt/sqlbundle-${VERSION}/share/bash-completion/completions/sqlbundle.bash /etc/bash_completion.d/sqlbundle \
 && useradd --create-home --uid 10001 sqlbundle

# Containers are short-lived: the class-data archive is made once here, by a run as the user, into the image, so every
# later start maps it instead of making it again.
USER sqlbundle
ENV SQLBUNDLE_CACHE=/home/sqlbundle/.cache/sqlbundle
RUN sqlbundle --help > /dev/null && sqlbundle verify --help > /dev/null

WORKDIR /work
ENTRYPOINT ["sqlbundle"]
CMD ["--help"]
