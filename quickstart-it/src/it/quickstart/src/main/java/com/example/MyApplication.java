package com.example;

import io.cratecloud.client.clusters.ClustersClient;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class MyApplication {

	public static void main(String[] args) {
		SpringApplication.run(MyApplication.class, args);
	}

	@Bean
	ApplicationRunner listClusters(ClustersClient clusters) {
		return (arguments) -> clusters.list()
			.forEach((cluster) -> System.out.println(cluster.name() + ": " + cluster.numNodes() + " nodes"
					+ (Boolean.TRUE.equals(cluster.suspended()) ? ", suspended" : "")));
	}

}
