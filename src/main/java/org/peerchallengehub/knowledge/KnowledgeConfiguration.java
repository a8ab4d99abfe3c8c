package org.peerchallengehub.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    ReportParser reportParser() {
        return ReportParser.withRegisterFromClasspath();
    }
}
