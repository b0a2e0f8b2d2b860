// What java.lang.Math (HotSpot x86_64: sin/cos/tan/exp/log/log10/pow are Intel-LIBM intrinsics;
// sinh/cosh/tanh/asin/acos/atan/atan2/cbrt StrictMath's fdlibm; toDegrees/toRadians, DEGREES/RADIANS) returns on a fixed input set.
// `java test/flink/probes/JavaMath.java` (JDK 17, the JVM Flink runs on here) prints
//   U <x>        one unary input (raw bits, hex), in order
//   P <x> <y>    one POWER input pair
//   F <name>     then one result per input of that function (raw bits, hex)
// test/flink/java-math.mjs turns it into test/engine/data/java-math.txt.gz.
import java.util.*;

public class JavaMath {
  static String h(double d) { return Long.toHexString(Double.doubleToRawLongBits(d)); }

  public static void main(String[] a) {
    Random r = new Random(20261124L);
    LinkedHashSet<Long> set = new LinkedHashSet<>();
    java.util.function.DoubleConsumer add = d -> set.add(Double.doubleToRawLongBits(d));
    double[] specials = { 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
      Math.nextDown(Double.MIN_NORMAL), 1e-300, 1e300, Math.PI, -Math.PI, Math.E, 0.5, -0.5, 1e-8, 1e8, 1e15, 1e16, 1e22, 2e22,
      709.782712893384, 709.7827128933841, 709.78, 710, -745.1332191019411, -745.1332191019412, -744.44, -708.4, -708.39641853226412,
      Math.nextUp(1.0), Math.nextDown(1.0), 0x1p-1022, 0x1p-1074, 0x1p-1000, 0x1p1023, 0x1p1000, 0x1p60, 0x1p-60, 0x1p-30, 0x1p30 };
    for (double d : specials) { add.accept(d); add.accept(-d); }
    for (int i = -1000; i <= 1000; i++) add.accept(i);
    for (int i = -2000; i <= 2000; i++) add.accept(i / 8.0);
    for (int i = -5000; i <= 5000; i++) add.accept(i / 10.0);
    for (int i = 0; i < 4000; i++) add.accept((r.nextInt(200001) - 100000) / 100.0);
    for (int n = -200; n <= 200; n++) {
      double v = n * (Math.PI / 2);
      add.accept(v); add.accept(Math.nextUp(v)); add.accept(Math.nextDown(v));
      add.accept(Math.nextUp(Math.nextUp(v))); add.accept(Math.nextDown(Math.nextDown(v)));
    }
    for (int n = 1; n <= 300; n++) add.accept(n * Math.PI / 4);
    for (int e = -1074; e <= 1023; e++) { add.accept(Math.scalb(1.0, e)); add.accept(Math.scalb(1.0 + r.nextDouble(), e)); }
    for (int i = 0; i < 1000; i++) add.accept(Math.scalb(1.0 + r.nextDouble(), -1074 + r.nextInt(60))); // subnormal and tiny
    for (int i = 0; i < 1000; i++) add.accept(Math.scalb(1.0 + r.nextDouble(), 20 + r.nextInt(1004)) * (r.nextBoolean() ? 1 : -1)); // huge
    for (int i = 1; i <= 500; i++) { add.accept(1 + i * 0x1p-52); add.accept(1 - i * 0x1p-53); add.accept(1 + i * 0x1p-20 * r.nextDouble()); }
    for (int i = 0; i < 3000; i++) add.accept(r.nextDouble() * 20 - 10);
    for (int i = 0; i < 3000; i++) add.accept(r.nextDouble() * 2000 - 1000);
    for (int i = 0; i < 3000; i++) add.accept(r.nextDouble() * 1500 - 750);
    for (int i = 0; i < 2000; i++) { double d = Double.longBitsToDouble(r.nextLong()); add.accept(d); }
    for (int i = 0; i < 2000; i++) add.accept(Math.pow(10, r.nextDouble() * 40 - 20) * (r.nextBoolean() ? 1 : -1));
    List<Double> xs = new ArrayList<>();
    for (long b : new TreeSet<>(set)) xs.add(Double.longBitsToDouble(b));

    List<double[]> ps = new ArrayList<>();
    double[] pspec = { 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, -1, 2, -2, 0.5, -0.5, 3, -3,
      1.5, Double.MIN_VALUE, Double.MAX_VALUE, Math.nextUp(1.0), Math.nextDown(1.0), 1e300, -1e300, 0x1p53, 0x1p63, 0x1p64 + 2048, 0.25, 1e-10 };
    for (double x : pspec) for (double y : pspec) ps.add(new double[] { x, y });
    for (int x = -20; x <= 20; x++) for (int y = -12; y <= 12; y++) ps.add(new double[] { x, y });
    double[] fr = { 0.5, -0.5, 1.0 / 3, 2.0 / 3, 0.25, 0.75, 1.5, 2.5, 0.1, 0.2, 0.3, 1.1, 3.7, -1.5, -0.1, 0.01, 10.5, 100.25 };
    for (int x = 0; x <= 300; x++) for (double y : fr) ps.add(new double[] { x, y });
    for (int i = 0; i < 3000; i++) ps.add(new double[] { (r.nextInt(200001) - 100000) / 100.0, r.nextInt(41) - 20 });
    for (int i = 0; i < 4000; i++) ps.add(new double[] { r.nextDouble() * 100, r.nextDouble() * 40 - 20 });
    for (int i = 0; i < 3000; i++) ps.add(new double[] { r.nextDouble() * 10, r.nextDouble() * 10 - 5 });
    for (int i = 0; i < 2000; i++) ps.add(new double[] { 1 + (r.nextDouble() - 0.5) * 1e-6, r.nextDouble() * 2e8 - 1e8 });
    for (int i = 0; i < 2000; i++) ps.add(new double[] { Math.pow(10, r.nextDouble() * 600 - 300), r.nextDouble() * 2 - 1 });
    for (int i = 0; i < 2000; i++) ps.add(new double[] { -r.nextDouble() * 100, r.nextInt(61) - 30 });
    for (int i = 0; i < 2000; i++) ps.add(new double[] { r.nextDouble() * 1e6, (r.nextInt(2001) - 1000) / 8.0 });
    for (int i = 0; i < 2000; i++) { double x = 1 + r.nextInt(1 << 27); ps.add(new double[] { x, 2 }); ps.add(new double[] { x * x, 0.5 }); }
    for (int i = 0; i < 1000; i++) ps.add(new double[] { Double.longBitsToDouble(r.nextLong()), Double.longBitsToDouble(r.nextLong()) });

    ps.sort((p, q) -> Double.doubleToRawLongBits(p[0]) != Double.doubleToRawLongBits(q[0]) ? Long.compare(Double.doubleToRawLongBits(p[0]), Double.doubleToRawLongBits(q[0]))
      : Long.compare(Double.doubleToRawLongBits(p[1]), Double.doubleToRawLongBits(q[1]))); // sorted: the file compresses better
    StringBuilder sb = new StringBuilder();
    for (double x : xs) sb.append("U ").append(h(x)).append('\n');
    for (double[] p : ps) sb.append("P ").append(h(p[0])).append(' ').append(h(p[1])).append('\n');
    String[] names = { "sin", "cos", "tan", "exp", "log", "log10", "sinh", "cosh", "tanh", "asin", "acos", "atan", "cbrt", "toDegrees", "toRadians", "atan2", "pow" };
    for (String n : names) {
      sb.append("F ").append(n).append('\n');
      if (n.equals("pow") || n.equals("atan2")) {
        for (double[] p : ps) sb.append(h(n.equals("pow") ? Math.pow(p[0], p[1]) : Math.atan2(p[0], p[1]))).append('\n');
        continue;
      }
      for (double x : xs) {
        double v;
        switch (n) {
          case "sin": v = Math.sin(x); break; case "cos": v = Math.cos(x); break; case "tan": v = Math.tan(x); break;
          case "exp": v = Math.exp(x); break; case "log": v = Math.log(x); break; case "log10": v = Math.log10(x); break;
          case "sinh": v = Math.sinh(x); break; case "cosh": v = Math.cosh(x); break; case "tanh": v = Math.tanh(x); break;
          case "asin": v = Math.asin(x); break; case "acos": v = Math.acos(x); break; case "atan": v = Math.atan(x); break;
          case "toDegrees": v = Math.toDegrees(x); break; case "toRadians": v = Math.toRadians(x); break;
          default: v = Math.cbrt(x);
        }
        sb.append(h(v)).append('\n');
      }
    }
    System.out.print(sb);
  }
}
