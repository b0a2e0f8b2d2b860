REMOVE JAR '/tmp/udf.jar'
