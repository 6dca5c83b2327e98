package io.frontdoor.web.packs;

/** Codes as people read them: STRATEGY_DISCUSSION → "Strategy discussion". */
public final class Words {

    private Words() {
    }

    public static String readable(Object code) {
        if (code == null) {
            return "";
        }
        String text = code.toString().replace('_', ' ').replace('-', ' ').toLowerCase(java.util.Locale.UK);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
