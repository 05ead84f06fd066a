/**
 * Starting the scale-out servers for tests and benchmarks: a PostgreSQL server and a 2-node SolrCloud cluster
 * in a scratch folder, installed and started by the project's own scripts (see {@code scale-out/}).
 */
package vn.baocao.scaleout;
