package io.frontdoor.kernel.contact;

/** DASH risk level: standard 0–9 ticks, medium 10–13, high 14+. */
public enum DashRisk { STANDARD, MEDIUM, HIGH }
