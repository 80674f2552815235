// Asks before leaving a screen, or closing the browser tab, would throw away unsaved changes.
import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import { onBeforeRouteLeave, onBeforeRouteUpdate, type RouteLocationNormalized } from 'vue-router'

export function useUnsavedChanges(dirty: Readonly<Ref<boolean>>, question: () => string): void {
  // A change of query only (a tab, a filter) keeps the screen and its draft.
  const allowed = (to: RouteLocationNormalized, from: RouteLocationNormalized) =>
    to.path === from.path || !dirty.value || window.confirm(question())
  onBeforeRouteLeave(allowed)
  onBeforeRouteUpdate(allowed)

  function onUnload(event: BeforeUnloadEvent) {
    if (dirty.value) {
      event.preventDefault()
    }
  }
  onMounted(() => window.addEventListener('beforeunload', onUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onUnload))
}
