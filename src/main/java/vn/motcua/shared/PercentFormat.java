package vn.motcua.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A share in per cent as every page writes it, {@code ${@percent.format(value)}}: two decimals in the
 * page's language (75,00 in Vietnamese, 75.00 in English), a dash when there is none (nothing to
 * divide by). One place, so that pages showing the same figure write it alike; the service index's
 * points, kept to two decimals as its ratios, are written the same way.
 */
@Component("percent")
public class PercentFormat {

	public String format(@Nullable BigDecimal percent) {
		if (percent == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(percent);
	}
}
