/**
 * SQL on a cluster over CrateDB's HTTP endpoint, with the cluster's JSON Web Token: the API
 * key is all it needs. Start from
 * {@link io.cratecloud.client.clusters.ClustersClient#sql(String)}.
 */
@NullMarked
package io.cratecloud.client.sql;

import org.jspecify.annotations.NullMarked;
