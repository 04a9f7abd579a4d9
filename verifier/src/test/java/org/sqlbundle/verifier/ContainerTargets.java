package org.sqlbundle.verifier;

import org.sqlbundle.testing.ContainerTestImages;

/** Target options for a container test: the image, and the label that marks this JVM's containers. */
public final class ContainerTargets {

    private ContainerTargets() {
    }

    public static TargetOptions options(String image) {
        return TargetOptions.defaults().withImage(image).withLabel(ContainerTestImages.RUN_LABEL,
                ContainerTestImages.RUN_ID);
    }
}
