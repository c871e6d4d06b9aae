/**
 * The organiser console's sections, in nav order. `icon` names a Lucide icon known to
 * AdminIcon.svelte (kebab-case, as on lucide.dev). Append your section here.
 */
export const adminNav: { href: string; label_es: string; label_en: string; icon: string }[] = [
	{ href: '/admin', label_es: 'Panel', label_en: 'Dashboard', icon: 'layout-dashboard' },
	{ href: '/admin/floor', label_es: 'Plano', label_en: 'Floor plan', icon: 'map' },
	{ href: '/admin/programme', label_es: 'Programa', label_en: 'Programme', icon: 'calendar-clock' },
	{
		href: '/admin/applications',
		label_es: 'Postulaciones',
		label_en: 'Applications',
		icon: 'clipboard-check'
	},
	{
		href: '/admin/moderation',
		label_es: 'Moderación',
		label_en: 'Moderation',
		icon: 'shield-check'
	},
	{ href: '/admin/mail', label_es: 'Correo', label_en: 'Mail', icon: 'mail' },
	{ href: '/admin/schedule', label_es: 'Reuniones', label_en: 'Meetings', icon: 'calendar-range' }
];
