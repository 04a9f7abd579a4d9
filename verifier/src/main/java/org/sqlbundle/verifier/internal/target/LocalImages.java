package org.sqlbundle.verifier.internal.target;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sqlbundle.errors.SqlbundleException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/**
 * Makes sure a container image is on the Docker host before Testcontainers starts it. Testcontainers would retry a
 * failing pull for minutes and log every attempt with a stack trace; here a missing image gets one pull, which must
 * get an answer from a registry within {@link #REGISTRY_ANSWER} (an air-gapped host fails in seconds), and a failure
 * is one line naming the image and how to load it.
 */
final class LocalImages {

    /** How long a registry may take to start answering a pull: long enough for a slow one, short on an air gap. */
    static final Duration REGISTRY_ANSWER = Duration.ofSeconds(8);
    /** A registry that answers may take this long to deliver the image. */
    static final Duration DOWNLOAD = Duration.ofMinutes(10);

    private LocalImages() {
    }

    static void require(String image) {
        DockerClient client = DockerClientFactory.instance().client();
        try {
            client.inspectImageCmd(image).exec();
            return;
        } catch (NotFoundException missing) {
            // not on this host: one pull below
        } catch (RuntimeException e) {
            throw missing(image, "cannot inspect it: " + firstLine(e.getMessage()));
        }
        String failure = pull(client, image);
        if (failure != null) {
            throw missing(image, failure);
        }
    }

    /** Null when the image arrived, else why not, in a few words. */
    private static String pull(DockerClient client, String image) {
        DockerImageName name = DockerImageName.parse(image);
        String version = name.getVersionPart();
        PullImageCmd command = version.contains(":") ? client.pullImageCmd(image)
                : client.pullImageCmd(name.getUnversionedPart()).withTag(version);
        Progress progress = new Progress();
        try {
            command.exec(progress);
            if (!progress.answered.await(REGISTRY_ANSWER.toMillis(), TimeUnit.MILLISECONDS)) {
                return "no registry answered a pull within " + REGISTRY_ANSWER.toSeconds() + " s";
            }
            if (!progress.done.await(DOWNLOAD.toMillis(), TimeUnit.MILLISECONDS)) {
                return "the pull did not finish within " + DOWNLOAD.toMinutes() + " min";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while pulling";
        } catch (RuntimeException e) {
            return "the pull failed: " + firstLine(e.getMessage());
        } finally {
            progress.close();
        }
        return progress.error == null ? null : "the pull failed: " + firstLine(progress.error.getMessage());
    }

    private static SqlbundleException missing(String image, String why) {
        return new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "image " + image
                + " is not on this Docker host and " + why + "; load it ('docker save " + image
                + " -o image.tar' where it exists, then 'docker load -i image.tar' here) or pass --image NAME of an "
                + "image this host has");
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end).strip();
        return line.length() <= 160 ? line : line.substring(0, 160) + "...";
    }

    /**
     * The pull's events. Not docker-java's own callback template: that one logs a failed pull with its stack trace,
     * which is the noise this class exists to avoid.
     */
    private static final class Progress implements ResultCallback<PullResponseItem> {
        final CountDownLatch answered = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        volatile Throwable error;
        private volatile Closeable stream;

        @Override
        public void onStart(Closeable closeable) {
            stream = closeable;
        }

        @Override
        public void onNext(PullResponseItem item) {
            if (item.getErrorDetail() != null || item.getError() != null) {
                error = new IllegalStateException(item.getErrorDetail() != null
                        ? item.getErrorDetail().getMessage() : item.getError());
            }
            answered.countDown();
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
            answered.countDown();
            done.countDown();
        }

        @Override
        public void onComplete() {
            answered.countDown();
            done.countDown();
        }

        @Override
        public void close() {
            Closeable open = stream;
            if (open != null) {
                try {
                    open.close();
                } catch (java.io.IOException | RuntimeException ignored) {
                    // the pull is abandoned either way
                }
            }
            answered.countDown();
            done.countDown();
        }
    }
}
