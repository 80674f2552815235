package com.dezky.platform.flag;

/** What the derived queries of {@link Flags} cannot say: the version of the flag set as a whole. */
interface FlagSetVersions {

    /** Bumped with every change of any flag, in the change's transaction; the same on every replica. */
    long flagSetVersion();

    void bumpFlagSetVersion();
}
