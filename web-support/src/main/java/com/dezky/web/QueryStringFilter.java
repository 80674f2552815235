package com.dezky.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that does not decode to text: invalid UTF-8 ({@code %ff}), or a control
 * character such as NUL ({@code %00}), which no parameter of any Dezky API takes and which
 * databases and logs must never see. A 400 problem before anything reads a parameter, instead
 * of whatever a decoder or the database makes of it further down.
 */
public class QueryStringFilter extends OncePerRequestFilter {

    private final ServletProblems problems;

    public QueryStringFilter(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !isText(query)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                    "The query string must be UTF-8 text without control characters.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the raw query, percent-decoded, is valid UTF-8 free of control characters. */
    static boolean isText(String rawQuery) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawQuery.length()) {
                    return false;
                }
                int high = Character.digit(rawQuery.charAt(i + 1), 16);
                int low = Character.digit(rawQuery.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7f) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        return decoded.chars().noneMatch(ch -> Character.isISOControl(ch) && ch != '\t');
    }
}
