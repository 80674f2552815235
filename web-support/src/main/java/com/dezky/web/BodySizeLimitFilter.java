package com.dezky.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit ({@code dezky.http.max-request-body}, 256 KiB) with 413
 * (SECURITY.md G4, D3): no Dezky request needs more, and anything larger is read into memory by a
 * JSON parser or a relay. A declared length is checked before reading; a body without one is cut
 * off once it passes the limit, and whatever the reader made of that (a 400 of the parser, an
 * error of the relay) is replaced by the 413 while the response is still uncommitted.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private static final String EXCEEDED = BodySizeLimitFilter.class.getName() + ".EXCEEDED";

    private final long maxBytes;
    private final ServletProblems problems;

    public BodySizeLimitFilter(long maxBytes, ServletProblems problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(request, response);
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, maxBytes), new HeldResponse(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (request.getAttribute(EXCEEDED) == null) {
                throw e;
            }
        }
        if (request.getAttribute(EXCEEDED) != null && !response.isCommitted()) {
            response.resetBuffer();
            tooLarge(request, response);
        }
    }

    /** Once the body has passed the limit, whatever the reader answers is dropped for the 413. */
    private static final class HeldResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        HeldResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private boolean exceeded() {
            return request.getAttribute(EXCEEDED) != null;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!exceeded()) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!exceeded()) {
                super.sendError(status);
            }
        }

        @Override
        public void setStatus(int status) {
            if (!exceeded()) {
                super.setStatus(status);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return exceeded() ? DISCARDED : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return exceeded() ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }
    }

    private static final ServletOutputStream DISCARDED = new ServletOutputStream() {
        @Override
        public void write(int b) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    };

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBytes / 1024 + " KiB.");
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    if (next >= 0 && ++read > maxBytes) {
                        throw exceeded();
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = body.read(buffer, offset, length);
                    if (count > 0 && (read += count) > maxBytes) {
                        throw exceeded();
                    }
                    return count;
                }

                private IOException exceeded() {
                    setAttribute(EXCEEDED, Boolean.TRUE);
                    return new IOException("Request body exceeds " + maxBytes + " bytes");
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
