package jp.bansou.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;

import io.github.bucket4j.Bucket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public inquiry endpoint is the one door open to anyone: bodies are limited in size (413, measured as they
 * are read, with or without a Content-Length) and each client address may send a limited number of inquiries
 * per period (429 with Retry-After).
 * The limit is kept per service node.
 */
class InquiryProtection extends OncePerRequestFilter {

    private final Limits limits;
    private final Cache<String, Bucket> buckets;
    private final ObjectMapper json;

    InquiryProtection(Limits limits, Cache<String, Bucket> buckets, ObjectMapper json) {
        this.limits = limits;
        this.buckets = buckets;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/api/inquiries".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getContentLengthLong() > limits.maxBodyBytes()
                ? null : request.getInputStream().readNBytes((int) limits.maxBodyBytes() + 1);
        if (body == null || body.length > limits.maxBodyBytes()) {
            reject(response, HttpStatus.PAYLOAD_TOO_LARGE,
                    "An inquiry may have at most " + limits.maxBodyBytes() + " bytes", null);
            return;
        }
        Bucket bucket = buckets.get(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.perClient()).refillGreedy(limits.perClient(), limits.period()))
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            reject(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many inquiries from this address; try again in " + retryAfter + " s", retryAfter);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /** The request with its body already read (and measured), for a client that sent it without a length. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private void reject(HttpServletResponse response, HttpStatus status, String detail, Long retryAfter)
            throws IOException {
        response.setStatus(status.value());
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** {@code bansou.inquiries.*}: how much one client may send. */
    @Validated
    @ConfigurationProperties("bansou.inquiries")
    record Limits(@Min(1) int perClient, @NotNull Duration period, @Min(256) long maxBodyBytes) {
    }
}
