package io.frontdoor.kernel.contact;

/** NHS number: ten digits, the tenth a modulus-11 check digit over the first nine weighted 10…2. */
public record NhsNumber(String value) {

    public NhsNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid NHS number");
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String digits = candidate.replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
