<fmt:message key="settings.title" var="title"/>
<t:layout title="${title}" active="pengaturan">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<p class="muted"><fmt:message key="settings.intro"/></p>
<c:if test="${not empty errors}"><div class="alert alert-error" role="alert"><fmt:message key="error.form"/></div></c:if>
<form method="post" action="<c:url value='/pengaturan'/>" class="form" novalidate>
    <t:csrf/>
    <t:field name="name" label="settings.name">
        <input id="f-name" name="name" maxlength="100" value="<c:out value='${profile.name()}'/>" autofocus>
    </t:field>
    <t:field name="address" label="settings.address">
        <input id="f-address" name="address" maxlength="255" value="<c:out value='${profile.address()}'/>">
    </t:field>
    <t:field name="phone" label="settings.phone">
        <input id="f-phone" name="phone" maxlength="40" value="<c:out value='${profile.phone()}'/>">
    </t:field>
    <t:field name="footer" label="settings.footer">
        <input id="f-footer" name="footer" maxlength="255" value="<c:out value='${profile.footer()}'/>">
    </t:field>
    <t:field name="timeZone" label="settings.timeZone" hint="settings.timeZone.hint">
        <select id="f-timeZone" name="timeZone">
            <c:forEach items="${timeZones}" var="zone">
                <option value="<c:out value='${zone.id}'/>" ${zone == profile.timeZone() ? 'selected' : ''}><fmt:message key="timeZone.${zone.id}"/></option>
            </c:forEach>
        </select>
    </t:field>
    <div class="actions"><button type="submit" class="btn btn-primary"><fmt:message key="common.save"/></button></div>
</form>
<h2 class="section-title" id="discount-limits"><fmt:message key="settings.discountLimits"/></h2>
<p class="muted"><fmt:message key="settings.discountLimits.intro"/></p>
<form method="post" action="<c:url value='/pengaturan/diskon'/>" class="form" novalidate>
    <t:csrf/>
    <div class="field-row">
        <t:field name="kasirDiscountLimit" label="settings.kasirDiscountLimit">
            <input id="f-kasirDiscountLimit" name="kasirDiscountLimit" class="num" inputmode="decimal" maxlength="6"
                   value="<c:out value='${empty limitsTyped ? cermin:qty(limits.kasir()) : limitsTyped[0]}'/>">
        </t:field>
        <t:field name="adminDiscountLimit" label="settings.adminDiscountLimit">
            <input id="f-adminDiscountLimit" name="adminDiscountLimit" class="num" inputmode="decimal" maxlength="6"
                   value="<c:out value='${empty limitsTyped ? cermin:qty(limits.admin()) : limitsTyped[1]}'/>">
        </t:field>
    </div>
    <div class="actions"><button type="submit" class="btn btn-primary" id="save-limits"><fmt:message key="common.save"/></button></div>
</form>
<h2 class="section-title" id="qris"><fmt:message key="settings.qris"/></h2>
<p class="muted"><fmt:message key="settings.qris.intro"/></p>
<c:if test="${hasQris}">
    <figure class="qris-preview"><img src="<c:url value='/qris'/>" alt="QRIS" id="qris-image"></figure>
</c:if>
<form method="post" action="<c:url value='/pengaturan/qris'/>" class="form" enctype="multipart/form-data">
    <t:csrf/>
    <div class="field">
        <label for="f-image"><fmt:message key="settings.qris.file"/></label>
        <input id="f-image" name="image" type="file" accept="image/png,image/jpeg">
        <div class="hint"><fmt:message key="settings.qris.hint"/></div>
    </div>
    <div class="actions">
        <button type="submit" class="btn btn-primary" id="upload-qris"><fmt:message key="settings.qris.upload"/></button>
    </div>
</form>
<c:if test="${hasQris}">
    <form method="post" action="<c:url value='/pengaturan/qris/hapus'/>" class="form">
        <t:csrf/>
        <button type="submit" class="btn btn-danger btn-small"><fmt:message key="settings.qris.remove"/></button>
    </form>
</c:if>
</t:layout>
