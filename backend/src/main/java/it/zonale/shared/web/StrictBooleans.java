package it.zonale.shared.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a boolean query parameter as exactly {@code true} or {@code false}: JAX-RS' default ({@code
 * Boolean.valueOf}) reads {@code ?late=maybe} as false, silently answering another question.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {
  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != Boolean.class) {
      return null;
    }
    return (ParamConverter<T>) new StrictBoolean();
  }

  private static final class StrictBoolean implements ParamConverter<Boolean> {
    @Override
    public Boolean fromString(String value) {
      if (value == null) {
        return null;
      }
      if (value.equals("true") || value.equals("false")) {
        return Boolean.valueOf(value);
      }
      throw new IllegalArgumentException("Not a boolean (true or false): " + value);
    }

    @Override
    public String toString(Boolean value) {
      return String.valueOf(value);
    }
  }
}
