package io.frontdoor.triage.triage;

public enum TriageStatus { OPEN, AWAITING_AUTHORISATION, DECIDED, CLOSED }
