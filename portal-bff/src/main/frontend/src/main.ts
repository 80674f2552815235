/// <reference types="vite/client" />
import '@dezky/ui/styles/theme.css'
import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'

createApp(App).use(router).mount('#app')
