package io.frontdoor.kernel.contact;

/**
 * A child's disability as the DfE CIN census codes it: {@link #NONE} for no disability, otherwise one or more of
 * mobility, hand function, personal care, incontinence, communication, learning, hearing, vision, behaviour,
 * consciousness, autism, and {@link #DDA} (other, or disabled under the Equality Act without a recorded type).
 */
public enum Disability {
    NONE, MOB, HAND, PC, INC, COMM, LD, HEAR, VIS, BEH, CON, AUT, DDA
}
