import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { BoxHostsProvider } from '../../ui/box-hosts';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenInBox } from './OpenInBox';

afterEach(cleanup);

describe('OpenInBox', () => {
  it('links a Box web address in a new tab', () => {
    render(<OpenInBox url="https://acme.app.box.com/folder/555" />);
    expect(screen.getByRole('link', { name: 'Open in Box' }).getAttribute('href')).toBe('https://acme.app.box.com/folder/555');
  });

  it.each(['https://app.box.com.evil.com/folder/1', 'javascript:alert(1)', 'https://app.box.com@evil.com/'])('shows %s as text, never as a link', (url) => {
    const { container } = render(<OpenInBox url={url} />);
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText(/not a Box web address/).textContent).toContain(url);
  });

  it('links a company Box domain the user granted, and only that one', async () => {
    const granted = async () => ['acme.box.com'];
    render(
      <BoxHostsProvider load={granted}>
        <OpenInBox url="https://acme.box.com/folder/555" />
        <OpenInBox url="https://other.box.com/folder/555" />
      </BoxHostsProvider>,
    );
    await waitFor(() => expect(screen.getByRole('link', { name: 'Open in Box' }).getAttribute('href')).toBe('https://acme.box.com/folder/555'));
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText(/not a Box web address/).textContent).toContain('https://other.box.com/folder/555');
  });

  it('shows nothing without an address', () => {
    const { container } = render(<OpenInBox url={null} />);
    expect(container.textContent).toBe('');
  });
});
