import { spaConfig } from '@dezky/ui/vite'

export default spaConfig(import.meta.url)
