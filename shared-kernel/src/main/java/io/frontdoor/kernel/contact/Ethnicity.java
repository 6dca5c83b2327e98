package io.frontdoor.kernel.contact;

/**
 * A child's ethnicity as the DfE returns code it (CIN census {@code Ethnicity}, Ofsted Annex A): the 18 groups, plus
 * {@link #REFU} (the child or parent refused to say) and {@link #NOBT} (information not yet obtained).
 */
public enum Ethnicity {
    WBRI, WIRI, WIRT, WOTH, WROM, MWBC, MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH, REFU, NOBT
}
