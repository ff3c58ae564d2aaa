package com.example;

import io.cratecloud.test.FakeCrateCloudConfiguration;

import org.springframework.boot.SpringApplication;

public class TestMyApplication {

	public static void main(String[] args) {
		SpringApplication.from(MyApplication::main).with(FakeCrateCloudConfiguration.class).run(args);
	}

}
