package io.frontdoor.kernel.contact;

public enum ConsentStatus { GIVEN, REFUSED, NOT_SOUGHT }
