package vn.motcua.reporting.web;

import org.jspecify.annotations.Nullable;

import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportPeriod.Preset;

/**
 * What the preset form shows: the preset, year and number asked for, else the period shown as a month
 * of its statutory year. The number is left empty for a preset that a year has once, where it means
 * nothing; a number the officer typed is kept, so that a wrong one is seen beside its message.
 */
record PresetFields(Preset preset, int year, @Nullable Integer number) {

	static PresetFields of(PeriodQuery query, ReportPeriod shown) {
		Preset preset = query.preset() == null ? Preset.MONTH : query.preset();
		int year = query.year() == null ? shown.to().getYear() : query.year();
		if (preset.perYear() == 1) {
			return new PresetFields(preset, year, null);
		}
		if (query.number() != null) {
			return new PresetFields(preset, year, query.number());
		}
		int month = shown.to().getMonthValue();
		return new PresetFields(preset, year, preset == Preset.QUARTER ? (month + 2) / 3 : month);
	}
}
