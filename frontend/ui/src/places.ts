// The one declaration of an app's places: each has a name, a path, a title and a view, and some a
// place in the navigation. The router's routes, the navigation's sections (sidebar, drawer,
// command palette) and typed links by name all come from it.
import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import type { NavSection } from './components/AppShell.vue'

export interface Place {
  readonly name: string
  readonly path: string
  readonly title: string
  readonly view: () => Promise<RouteComponent | { default: RouteComponent }>
  /** Passes the path's parameters to the view as props (or these props). */
  readonly props?: true | Record<string, unknown>
  /** Where it is listed in the navigation, if it is: under which section title, with which icon. */
  readonly nav?: { readonly section?: string; readonly icon: string }
}

type Clean<Name extends string> = Name extends `${infer Base}(${string}` ? Base : Name
type Segments<Path extends string> = Path extends `${string}:${infer Param}/${infer Rest}`
  ? Param | Segments<`/${Rest}`>
  : Path extends `${string}:${infer Param}`
    ? Param
    : never
type RequiredParams<Path extends string> = Clean<Exclude<Segments<Path>, `${string}?` | `${string}*`>>
type OptionalParams<Path extends string> =
  Segments<Path> extends infer S ? (S extends `${infer Base}?` ? Clean<Base> : never) : never

/** The parameters a path takes: `/tenants/:slug` → `{ slug: string }`, `/flags/:flagKey?` → `{ flagKey?: string }`. */
export type ParamsOf<Path extends string> = { [K in RequiredParams<Path>]: string } & {
  [K in OptionalParams<Path>]?: string
}

type Args<Path extends string> = [RequiredParams<Path>] extends [never]
  ? [params?: ParamsOf<Path>, query?: Record<string, string>]
  : [params: ParamsOf<Path>, query?: Record<string, string>]

export function definePlaces<const P extends readonly Place[]>(places: P) {
  type Name = P[number]['name']
  type PathOf<N extends Name> = Extract<P[number], { name: N }>['path']

  const routes: RouteRecordRaw[] = places.map((place) => ({
    name: place.name,
    path: place.path,
    component: place.view,
    props: place.props ?? false,
    meta: { title: place.title },
  }))

  const sections: NavSection[] = []
  for (const place of places) {
    if (!place.nav) continue
    let section = sections.find((s) => s.title === place.nav?.section)
    if (!section) {
      section = { title: place.nav.section, items: [] }
      sections.push(section)
    }
    section.items.push({ to: address(place.path, {}), label: place.title, icon: place.nav.icon })
  }

  const pathOf = new Map<string, string>(places.map((place) => [place.name, place.path]))

  /**
   * The address of a place by its name, with the parameters its path needs (checked by the
   * compiler) and an optional query: `to('tenant', { slug: 'acme' }, { tab: 'users' })`.
   */
  function to<N extends Name>(name: N, ...[params, query]: Args<PathOf<N>>): string {
    return address(pathOf.get(name) ?? '/', params ?? {}, query)
  }

  return { routes, sections, to }
}

/** A path with its parameters filled in (an absent optional one left out) and a query. */
function address(path: string, params: Record<string, string | undefined>, query?: Record<string, string>): string {
  const filled =
    path.replace(/\/:(\w+)(\([^)]*\))?[?*]?/g, (_, key: string) => {
      const value = params[key]
      return value ? `/${encodeURIComponent(value)}` : ''
    }) || '/'
  const search = new URLSearchParams(query).toString()
  return search ? `${filled}?${search}` : filled
}
