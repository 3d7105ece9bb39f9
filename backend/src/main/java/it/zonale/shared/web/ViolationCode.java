package it.zonale.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a custom Bean Validation constraint: the {@link it.zonale.shared.error.FieldCode} its
 * violations carry in a problem's {@code errors[].code} (without it they carry {@code invalid}).
 */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ViolationCode {
  String value();
}
