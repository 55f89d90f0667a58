package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** MotCua: the one-stop shop system of a provincial agency, as one modular deployable. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
public class MotcuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MotcuaApplication.class, args);
	}
}
