package vn.motcua.bench.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;

/** A typical Spring Boot demo: owners and their pets, listed and searched on server-rendered pages. */
@SpringBootApplication
@EnableCaching
public class ReferenceDemo {

	public static void main(String[] args) {
		SpringApplication.run(ReferenceDemo.class, args);
	}
}
