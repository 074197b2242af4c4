package vn.boardflow.shell;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin registers its servlet with no limit on multipart requests, so the servlet container would read
 * a file of any size before BoardFlow could refuse it. The servlet gets Spring Boot's limits instead
 * ({@code spring.servlet.multipart.*}), and the container stops reading there. Uploads sent whole (as
 * Vaadin's upload does by default) are cut off by the upload handler itself.
 */
@Configuration
class UploadLimits {

    @Bean
    static BeanPostProcessor vaadinServletUploadLimits(ObjectProvider<MultipartConfigElement> limits) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    limits.ifAvailable(registration::setMultipartConfig);
                }
                return bean;
            }
        };
    }
}
