/* Soak test helper, preloaded: a dlclose() that keeps every library mapped until exit, so LeakSanitizer sees the GL driver's globals. */
/*
 * GLFW dlopens libGLX (glvnd), which loads Mesa's libGLX_mesa and swrast_dri; glfwTerminate()
 * dlcloses them before LeakSanitizer runs at exit. Their globals (which still point at the
 * driver's allocations) are then unmapped, so LSan reports those allocations as leaks with
 * "<unknown module>" frames that no suppression can name. With the libraries kept mapped the
 * reports vanish: nothing is hidden, and a real leak anywhere is still reported with full stacks.
 */
int dlclose(void* handle) {
  (void)handle;
  return 0;
}
