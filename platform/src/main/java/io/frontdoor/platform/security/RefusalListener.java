package io.frontdoor.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/** Told of each request the security filter refuses (403) for a signed-in caller, before the refusal is written. */
public interface RefusalListener {

    void refused(HttpServletRequest request, Actor actor);
}
