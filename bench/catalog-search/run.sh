#!/bin/sh
# Search over 5,000 synthetic procedures: bench/catalog-search/run.sh [-Durl=jdbc:postgresql://...]
# Separate from `mvn verify`. Compiles the application, then this harness against its classes.
set -e
cd "$(dirname "$0")/../.."
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-catalog-search
javac -d target/bench-catalog-search -cp "target/classes:$(cat target/bench-classpath.txt)" \
  bench/catalog-search/src/CatalogSearchBench.java
exec java -Xmx512m "$@" -cp "target/bench-catalog-search:target/classes:$(cat target/bench-classpath.txt)" CatalogSearchBench
