// The default theme, plus a wide layout for pages with large generated tables (`pageClass: wide-page`).
import DefaultTheme from "vitepress/theme";
import "./custom.css";

export default DefaultTheme;
