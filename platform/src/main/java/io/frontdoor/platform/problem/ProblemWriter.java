package io.frontdoor.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem JSON written straight to the response, for the filters that answer before any controller runs. */
public final class ProblemWriter {

    public static final URI UNAUTHENTICATED = URI.create("https://frontdoor.example/problems/unauthenticated");
    public static final URI FORBIDDEN = URI.create("https://frontdoor.example/problems/forbidden");
    public static final URI TOO_LARGE = URI.create("https://frontdoor.example/problems/too-large");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                             String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
