package org.peerchallengehub.councils;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Query parameters accept the URL forms ({@code london-borough}) as well as enum names. */
@Configuration(proxyBeanMethods = false)
class CouncilParameterConverters {

    @Bean
    Converter<String, CouncilType> councilTypeConverter() {
        return source -> CouncilType.valueOf(constant(source));
    }

    @Bean
    Converter<String, Region> regionConverter() {
        return source -> Region.valueOf(constant(source));
    }

    @Bean
    Converter<String, CouncilStatus> councilStatusConverter() {
        return source -> CouncilStatus.valueOf(constant(source));
    }

    private static String constant(String source) {
        return source.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
