package org.peerchallengehub.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Error pages for browser routes: the GOV.UK error page patterns with a message, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page(response, 404, "error/404", e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletResponse response) {
        return page(response, 400, "error/400", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(response, 400, "error/400", ParameterMessages.of(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletResponse response) {
        return page(response, 400, "error/400", ParameterMessages.of(e));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ModelAndView tooLarge(PayloadTooLargeException e, HttpServletResponse response) {
        log.info("Refused an oversized request: {}", e.getMessage());
        return page(response, 413, "error/413", e.getMessage());
    }

    private static ModelAndView page(HttpServletResponse response, int status, String view, String message) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView(view);
        mav.addObject("message", message);
        mav.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return mav;
    }
}
