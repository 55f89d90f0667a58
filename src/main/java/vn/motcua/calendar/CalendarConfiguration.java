package vn.motcua.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The statutory holidays ship as the module's own defaults (lowest precedence), so that an
 * installation may replace the whole list in its configuration when the law changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
@PropertySource(value = "classpath:calendar/holidays.properties", encoding = "UTF-8")
class CalendarConfiguration {
}
