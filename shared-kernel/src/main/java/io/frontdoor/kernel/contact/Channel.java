package io.frontdoor.kernel.contact;

public enum Channel { WEB_FORM, PARTNER_API, PARTNER_KAFKA, PHONE, EMAIL, IN_PERSON }
