package vn.motcua.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS adapter chosen by {@code motcua.notification.sms.gateway}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

	@Bean
	SmsGateway smsGateway(NotificationProperties properties) {
		NotificationProperties.Sms sms = properties.sms();
		return switch (sms.gateway()) {
			case "log" -> new LoggingSmsGateway();
			case "http" -> {
				if (sms.url() == null || sms.url().toString().isBlank() || sms.token() == null || sms.token().isBlank()) {
					throw new IllegalStateException(
							"motcua.notification.sms.gateway=http needs motcua.notification.sms.url and .token");
				}
				yield new HttpSmsGateway(sms.url(), sms.token(), sms.timeout());
			}
			default -> throw new IllegalStateException(
					"motcua.notification.sms.gateway must be log or http, not " + sms.gateway());
		};
	}
}
