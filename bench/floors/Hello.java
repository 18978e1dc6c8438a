/** The floor for the command-line cases: the smallest program the same runtime can start. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
