package io.frontdoor.kernel.contact;

public enum Gender { FEMALE, MALE, OTHER, NOT_KNOWN }
