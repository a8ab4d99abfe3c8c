package org.peerchallengehub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * An upload over the multipart limits fails before any controller is chosen. It is answered here
 * with the 413 page (or a problem for the API) directly: the servlet container's error dispatch would
 * try to read the same oversized body again and answer with an empty page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadLimitAdvice {

    private final DataSize maxFileSize;

    UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** A multipart body that cannot be read (cut short, malformed) is the sender's problem: 400, said plainly. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ModelAndView malformed(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith("/api/")) {
            ModelAndView problem = new ModelAndView(new JacksonJsonView());
            problem.addObject("title", "Bad Request");
            problem.addObject("status", 400);
            problem.addObject("detail", HostileCharacterFilter.CUT_SHORT);
            problem.setStatus(HttpStatus.BAD_REQUEST);
            return problem;
        }
        ModelAndView page = new ModelAndView("error/400");
        page.addObject("message", HostileCharacterFilter.CUT_SHORT);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Connection", "close");
        String message =
                "The file is larger than the " + HumanSizes.bytes(maxFileSize.toBytes()) + " this service accepts";
        if (request.getRequestURI().startsWith("/api/")) {
            ModelAndView problem = new ModelAndView(new JacksonJsonView());
            problem.addObject("title", "Content Too Large");
            problem.addObject("status", 413);
            problem.addObject("detail", message);
            problem.setStatus(HttpStatus.CONTENT_TOO_LARGE);
            return problem;
        }
        ModelAndView page = new ModelAndView("error/413");
        page.addObject("message", message);
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }
}
