import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/bff'
import type { InviteRequest, InviteResult } from '../api/platform'
import InviteDialog from './InviteDialog.vue'

const mountDialog = (invite: (request: InviteRequest) => Promise<InviteResult>) =>
  mount(InviteDialog, {
    props: { title: 'Invite operator', intro: 'They become a platform admin.', invite },
    attachTo: document.body,
  })

describe('InviteDialog', () => {
  it('does not call the API until name and email are valid', async () => {
    const invite = vi.fn()
    const dialog = mountDialog(invite)
    await dialog.get('[data-testid=invite-email]').setValue('not-an-email')
    await dialog.get('form').trigger('submit')

    expect(invite).not.toHaveBeenCalled()
    expect(dialog.text()).toContain('Enter their name.')
    expect(dialog.text()).toContain('Enter a valid email address.')
    dialog.unmount()
  })

  it('says before sending when the address is not at an allowed domain', async () => {
    const invite = vi.fn()
    const dialog = mount(InviteDialog, {
      props: {
        title: 'Invite operator',
        intro: 'They become a platform admin.',
        invite,
        allowedDomains: ['dezky.com'],
      },
      attachTo: document.body,
    })
    await dialog.get('[data-testid=invite-name]').setValue('Hedy')
    await dialog.get('[data-testid=invite-email]').setValue('hedy@gmail.com')
    await dialog.get('form').trigger('submit')

    expect(invite).not.toHaveBeenCalled()
    expect(dialog.text()).toContain('Only addresses at dezky.com can be invited here.')
    await dialog.get('[data-testid=invite-email]').setValue('Hedy@Dezky.com')
    await dialog.get('form').trigger('submit')
    expect(invite).toHaveBeenCalledWith({ name: 'Hedy', email: 'Hedy@Dezky.com' })
    dialog.unmount()
  })

  it('shows the username and temporary password to hand over, with copy buttons', async () => {
    const invite = vi
      .fn()
      .mockResolvedValue({ subject: 's', userId: 'u1', username: 'kim@acme.example', tempPassword: 'Xk7#mPq2$Lw9vRt4' })
    const dialog = mountDialog(invite)
    await dialog.get('[data-testid=invite-name]').setValue('  Kim Park ')
    await dialog.get('[data-testid=invite-email]').setValue('kim@acme.example')
    await dialog.get('form').trigger('submit')
    await flushPromises()

    expect(invite).toHaveBeenCalledWith({ name: 'Kim Park', email: 'kim@acme.example' })
    expect(dialog.get('[data-testid=invite-username]').text()).toBe('kim@acme.example')
    expect(dialog.get('[data-testid=invite-password]').text()).toBe('Xk7#mPq2$Lw9vRt4')
    expect(dialog.find('[data-testid=invite-link]').exists()).toBe(false)
    expect(dialog.findAll('button').map((b) => b.attributes('aria-label'))).toContain('Copy temporary password')
    expect(dialog.emitted('invited')).toHaveLength(1)
    dialog.unmount()
  })

  it('shows a recovery link instead when there is one, and never a password', async () => {
    const dialog = mountDialog(
      vi.fn().mockResolvedValue({
        subject: 's',
        userId: 'u1',
        username: 'kim@acme.example',
        link: 'https://auth.example/recover/1',
      }),
    )
    await dialog.get('[data-testid=invite-name]').setValue('Kim')
    await dialog.get('[data-testid=invite-email]').setValue('kim@acme.example')
    await dialog.get('form').trigger('submit')
    await flushPromises()

    expect(dialog.get('[data-testid=invite-link]').text()).toBe('https://auth.example/recover/1')
    expect(dialog.find('[data-testid=invite-password]').exists()).toBe(false)
    dialog.unmount()
  })

  it('shows the API problem, such as an email that exists already', async () => {
    const conflict = new ApiError(409, {
      type: 'https://dezky.com/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'A user with the email kim@acme.example exists already.',
    })
    const dialog = mountDialog(vi.fn().mockRejectedValue(conflict))
    await dialog.get('[data-testid=invite-name]').setValue('Kim')
    await dialog.get('[data-testid=invite-email]').setValue('kim@acme.example')
    await dialog.get('form').trigger('submit')
    await flushPromises()

    expect(dialog.get('[role=alert]').text()).toContain('exists already')
    expect(dialog.find('[data-testid=invite-result]').exists()).toBe(false)
    dialog.unmount()
  })
})
