import { Routes } from '@angular/router';

export const routes: Routes = [
  {
    path: '',
    title: 'Widget · ngx-genesys-callback demo',
    loadComponent: () => import('./widget-page/widget-page').then((m) => m.WidgetPage),
  },
  {
    path: 'build-your-own',
    title: 'Build your own · ngx-genesys-callback demo',
    loadComponent: () => import('./book-callback/book-callback').then((m) => m.BookCallback),
  },
  {
    path: 'legacy',
    title: 'Legacy bus · ngx-genesys-callback demo',
    loadComponent: () => import('./legacy-page/legacy-page').then((m) => m.LegacyPage),
  },
  { path: '**', redirectTo: '' },
];
