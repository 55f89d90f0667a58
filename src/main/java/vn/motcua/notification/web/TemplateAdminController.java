package vn.motcua.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.notification.Notice;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationManagement;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.shared.InvalidRequestException;

/** Administrators edit the templates of the notices, preview them with sample values, or reset them. */
@Controller
@RequestMapping("/admin/notifications/templates")
class TemplateAdminController {

	private final NotificationManagement notifications;

	TemplateAdminController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String templates(Model model) {
		model.addAttribute("templates", notifications.templates());
		return "notification/templates";
	}

	@GetMapping("/{notice}/{channel}/{language}")
	String edit(@PathVariable Notice notice, @PathVariable NotificationChannel channel, @PathVariable String language,
			Model model) {
		NotificationTemplate template = notifications.template(notice, channel, language);
		model.addAttribute("form", new TemplateForm(template.subject(), template.body()));
		return page(template, model);
	}

	/** One form, three buttons: preview (nothing saved), save, or back to the default. */
	@PostMapping("/{notice}/{channel}/{language}")
	String submit(@PathVariable Notice notice, @PathVariable NotificationChannel channel, @PathVariable String language,
			@ModelAttribute("form") TemplateForm form, BindingResult errors,
			@RequestParam(defaultValue = "preview") String action, Model model) {
		NotificationTemplate template = notifications.template(notice, channel, language);
		try {
			switch (action) {
				case "save" -> {
					notifications.saveTemplate(notice, channel, language, form.subject(), form.body());
					return "redirect:/admin/notifications/templates/" + notice + "/" + channel + "/" + language + "?saved";
				}
				case "reset" -> {
					notifications.resetTemplate(notice, channel, language);
					return "redirect:/admin/notifications/templates/" + notice + "/" + channel + "/" + language + "?reset";
				}
				default -> model.addAttribute("preview",
						notifications.preview(notice, channel, language, form.subject(), form.body()));
			}
		}
		catch (InvalidRequestException e) {
			String field = TemplateForm.fieldOf(e.messageKey());
			if (field == null) {
				errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			}
			else {
				errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
			}
		}
		return page(template, model);
	}

	private String page(NotificationTemplate template, Model model) {
		model.addAttribute("template", template);
		model.addAttribute("placeholders", "{" + String.join("}, {", template.notice().placeholders()) + "}");
		model.addAttribute("bodyLimit", notifications.bodyLimit(template.channel()));
		return "notification/template";
	}
}
