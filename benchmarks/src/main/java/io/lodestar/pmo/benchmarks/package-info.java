/**
 * JMH benchmarks of engine calculations. Build with {@code mvn -pl engine,benchmarks -am package
 * -DskipTests} and run with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package io.lodestar.pmo.benchmarks;
