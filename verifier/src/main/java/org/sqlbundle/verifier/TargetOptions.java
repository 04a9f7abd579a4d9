package org.sqlbundle.verifier;

import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.runtime.ConnectTimeouts;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * Settings for {@link Targets#open}: an image override for containers, credentials for a JDBC URL, whether a
 * non-empty scratch database is acceptable, and extra container labels (tests use one to find their containers).
 *
 * @param image the container image instead of the dialect's default, if any
 * @param user the user for a {@code jdbc:} target, if not in the URL
 * @param password the password for a {@code jdbc:} target; never printed
 * @param allowNonEmpty whether a target that already holds tables is accepted
 * @param labels extra labels on the containers started; immutable, sorted
 * @param connectTimeout how long connecting to a {@code jdbc:} target's server may take; zero means no limit
 */
public record TargetOptions(
        Optional<String> image,
        Optional<String> user,
        Optional<String> password,
        boolean allowNonEmpty,
        SortedMap<String, String> labels,
        Duration connectTimeout) {

    public TargetOptions {
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }

    /**
     * No image override, no credentials, an empty scratch database required, no labels, the default connect timeout.
     */
    public static TargetOptions defaults() {
        return new TargetOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, new TreeMap<>(),
                ConnectTimeouts.DEFAULT);
    }

    /** A copy using this container image (such as {@code postgres:16}) instead of the dialect's default one. */
    public TargetOptions withImage(String newImage) {
        return new TargetOptions(Optional.of(newImage), user, password, allowNonEmpty, labels, connectTimeout);
    }

    /**
     * A copy with the user and password for a {@code jdbc:} target; a null password means none. Never printed: see
     * {@link #toString()}.
     */
    public TargetOptions withCredentials(String newUser, String newPassword) {
        return new TargetOptions(image, Optional.of(newUser), Optional.ofNullable(newPassword), allowNonEmpty, labels, connectTimeout);
    }

    /**
     * A copy that accepts a target database already holding tables (otherwise verify refuses it as BAD_INPUT, to
     * protect real data).
     */
    public TargetOptions withAllowNonEmpty(boolean allow) {
        return new TargetOptions(image, user, password, allow, labels, connectTimeout);
    }

    /** A copy with one more label on the containers it starts (replacing a label of the same key). */
    public TargetOptions withLabel(String key, String value) {
        SortedMap<String, String> more = new TreeMap<>(labels);
        more.put(key, value);
        return new TargetOptions(image, user, password, allowNonEmpty, more, connectTimeout);
    }

    /** How long connecting to a jdbc: target's server may take; zero: no limit. */
    public TargetOptions withConnectTimeout(Duration timeout) {
        return new TargetOptions(image, user, password, allowNonEmpty, labels, timeout);
    }

    /** Never prints the password: records would otherwise put it in every log line that shows the options. */
    @Override
    public String toString() {
        return "TargetOptions[image=" + image + ", user=" + user + ", password=" + password.map(p -> "***")
                + ", allowNonEmpty=" + allowNonEmpty + ", labels=" + labels + ", connectTimeout=" + connectTimeout + "]";
    }
}
